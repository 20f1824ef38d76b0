export { buildCatalogFile, checkCatalogDir } from './catalog/build-catalog.js';
export { catalogSourceDir, compiledCatalogPath } from './catalog/paths.js';
export { EXIT } from './exit-codes.js';
export { main } from './main.js';
export { VERSION } from './version.js';
