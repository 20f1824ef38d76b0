import { type Catalog, DEFAULT_FRAMEWORK, type GroupRef } from './catalog.js';
import type { MappingLink } from './mapping-links.js';
import type { CompiledControl } from './model.js';

/** A mapping of the control, with the title of the control it leads to and that framework's name. */
export interface ControlMappingView extends MappingLink {
  /** Null when the catalog holds no title for the target control. */
  readonly title: string | null;
  readonly frameworkName: string;
}

/** A scanner check that gives evidence for the control, from the compiled catalog's check links. */
export interface ControlCheckView {
  readonly check: string;
  /** What a pass of the check shows about the control. */
  readonly why: string;
}

/**
 * Everything shown about one control: the control itself, the groups that enclose it (outermost first), its
 * mappings in both directions and the scanner checks linked to it. `nimbus catalog show` renders it and the
 * server's GET /api/v1/catalog/control returns it.
 */
export interface ControlView {
  /** The resolved framework id (a versionless name such as `iso27017` becomes `iso27017:2015`). */
  readonly framework: string;
  readonly control: CompiledControl;
  readonly groups: readonly GroupRef[];
  readonly mappings: readonly ControlMappingView[];
  readonly checks: readonly ControlCheckView[];
}

/**
 * Builds the view of control `id` of `framework`. Pure: reads the catalog only. Throws the catalog's
 * FRAMEWORK_NOT_FOUND or CONTROL_NOT_FOUND (with suggestions) for an unknown framework or id.
 */
export const buildControlView = (
  catalog: Catalog,
  id: string,
  framework: string = DEFAULT_FRAMEWORK,
): ControlView => {
  const fw = catalog.framework(framework);
  const control = catalog.control(id, fw.id);
  const mappings = catalog.mappingsOf(control.id, fw.id).map(
    (l): ControlMappingView => ({
      ...l,
      title: catalog.findControl(l.control, l.framework)?.title ?? null,
      frameworkName: catalog.framework(l.framework).name,
    }),
  );
  return {
    framework: fw.id,
    control,
    groups: catalog.groupsOf(control, fw.id),
    mappings,
    checks: catalog.checksOf(control.id, fw.id),
  };
};
