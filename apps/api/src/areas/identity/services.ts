import { ApiKeysService } from '../../modules/apiKeys/apiKeys.service';
import { AuthService } from '../../modules/auth/auth.service';
import type { EventBus } from '../../modules/events/eventBus';
import { TenantsService } from '../../modules/tenants/tenants.service';
import { UsersService } from '../../modules/users/users.service';
import type { AreaContext } from '../types';

/** Identity and tenants' services. */
export const identityServices = ({ database, config }: AreaContext, { events }: { events: EventBus }) => ({
  tenants: new TenantsService(database, config.uploadLimit, events),
  apiKeys: new ApiKeysService(database, events),
  users: new UsersService(database, config, events),
  auth: new AuthService(database, config, events),
});
