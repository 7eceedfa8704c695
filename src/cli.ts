console.error('vn-extract CLI: not built yet');
process.exit(1);
