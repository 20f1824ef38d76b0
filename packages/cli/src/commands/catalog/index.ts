import type { Command } from 'commander';
import type { CommandContext } from '../../context.js';
import { registerCheck } from './check.js';
import { registerExport } from './export.js';
import { registerList } from './list.js';
import { registerMap } from './map.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';

export const registerCatalog = (program: Command, ctx: CommandContext) => {
  const catalog = program
    .command('catalog')
    .description('browse, search, map and export the control catalog (ISO/IEC 27017, 27002, 27018, ...)');
  for (const register of [
    registerList,
    registerShow,
    registerSearch,
    registerMap,
    registerExport,
    registerCheck,
  ]) {
    register(catalog, ctx);
  }
  return catalog;
};
