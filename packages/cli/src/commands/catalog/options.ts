import { DEFAULT_FRAMEWORK, OWNERSHIP, SERVICE_MODELS } from '@nimbus/core';
import { Option } from 'commander';

export const frameworkOption = () =>
  new Option('-f, --framework <id>', 'framework id, e.g. iso27017:2015, iso27002:2022').default(
    DEFAULT_FRAMEWORK,
  );

export const jsonOption = () => new Option('--json', 'print machine-readable JSON');

export const serviceModelOption = () =>
  new Option('--service-model <model>', 'only controls with a default owner for this model').choices([
    ...SERVICE_MODELS,
  ]);

export const ownerOption = () =>
  new Option('--owner <owner>', 'with --service-model: only controls with this default owner').choices([
    ...OWNERSHIP,
  ]);
