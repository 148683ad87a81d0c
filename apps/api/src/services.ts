import { AREAS } from './areas';
import type { AREA_SERVICE_FACTORIES } from './areas/services';
import type { Config } from './config';
import type { SystemDatabase } from './db/database';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Every service of every area, made once per app. Routes get this; services get the database and config. */
export type Services = UnionToIntersection<ReturnType<(typeof AREA_SERVICE_FACTORIES)[number]>>;

/**
 * Makes every area's services, area by area in AREAS' order: each area's `services()` gets the
 * services made so far (those of the areas it depends on).
 */
export function createServices(database: SystemDatabase, config: Config): Services {
  const made: Record<string, unknown> = {};
  for (const area of AREAS) {
    const missing = area.dependsOn.filter(
      (d) => !AREAS.slice(0, AREAS.indexOf(area)).some((a) => a.name === d),
    );
    if (missing.length)
      throw new Error(`Area ${area.name} depends on ${missing.join(', ')}, listed after it in AREAS.`);
    const services = (area.services as (ctx: unknown, deps: unknown) => Record<string, unknown>)(
      { database, config },
      made,
    );
    for (const name of Object.keys(services)) {
      if (name in made) throw new Error(`Two areas make a service named ${name}.`);
      made[name] = services[name];
    }
  }
  return made as Services;
}
