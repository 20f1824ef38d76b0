export { tableToXlsx, type XlsxMeta } from './xlsx.js';
