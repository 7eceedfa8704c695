export { extractMany, type ExtractManyOptions, type BatchItem, type BatchOutput } from './many';
