import { identityServices } from './identity/services';
import { journalServices } from './journal/services';
import { platformServices } from './platform/services';

/**
 * Every area's service factory, in AREAS' order (each after the areas it depends on). Kept apart
 * from the manifests because the manifests' route plugins are typed with the Services this list
 * defines; the manifest test checks that both name the same factories in the same order.
 */
export const AREA_SERVICE_FACTORIES = [platformServices, identityServices, journalServices] as const;
