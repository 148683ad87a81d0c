import type { Config } from './config';
import type { Database } from './db/database';
import { ApiKeysService } from './modules/apiKeys/apiKeys.service';
import { AuthService } from './modules/auth/auth.service';
import { TenantsService } from './modules/tenants/tenants.service';
import { UsersService } from './modules/users/users.service';

/** Every service, made once per app. Routes get this; services get the database and config. */
export interface Services {
  tenants: TenantsService;
  apiKeys: ApiKeysService;
  users: UsersService;
  auth: AuthService;
}

export function createServices(database: Database, config: Config): Services {
  return {
    tenants: new TenantsService(database),
    apiKeys: new ApiKeysService(database),
    users: new UsersService(database, config),
    auth: new AuthService(database, config),
  };
}
