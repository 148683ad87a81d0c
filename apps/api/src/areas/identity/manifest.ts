import { apiKeysRoutes } from '../../modules/apiKeys/apiKeys.routes';
import {
  ApiKey,
  ApiKeyWithSecret,
  CreateApiKeyBody,
  Permission,
  UpdateApiKeyBody,
} from '../../modules/apiKeys/apiKeys.schemas';
import { authRoutes } from '../../modules/auth/auth.routes';
import { Me, Session, SignInBody, TenantSummary } from '../../modules/auth/auth.schemas';
import { tenantsRoutes } from '../../modules/tenants/tenants.routes';
import {
  CreateTenantBody,
  CreatedTenant,
  PublicTenant,
  Tenant,
  TenantLimits,
  TenantSettings,
  TenantStatus,
  UpdateOwnTenantBody,
  UpdateTenantBody,
} from '../../modules/tenants/tenants.schemas';
import { usersRoutes } from '../../modules/users/users.routes';
import {
  MintTokenBody,
  MintedToken,
  RoleSchema,
  UpdateUserBody,
  UpsertUserBody,
  User,
  UserStatus,
} from '../../modules/users/users.schemas';
import { THROTTLE_PURGE_JOB, authJobs } from '../../modules/auth/auth.jobs';
import { defineArea } from '../types';
import { identityPermissions } from './permissions';
import { identityServices } from './services';

/** Identity and tenants: tenants and their settings, server keys, users, tokens, sign-in. */
export const identityArea = defineArea({
  name: 'identity',
  dependsOn: ['platform'],
  tags: [
    { name: 'Platform', description: 'Operator: tenants and their limits.' },
    { name: 'Tenant', description: 'A tenant’s own settings and public branding.' },
    { name: 'API keys', description: 'Server credentials of a tenant.' },
    { name: 'Users', description: 'End users and their tokens (the embed model).' },
    { name: 'Auth', description: 'Sign-in for the hosted portal; the current caller.' },
  ],
  permissions: identityPermissions,
  schemas: [
    // tenants
    TenantStatus,
    TenantLimits,
    TenantSettings,
    Tenant,
    CreateTenantBody,
    CreatedTenant,
    UpdateTenantBody,
    UpdateOwnTenantBody,
    PublicTenant,
    // API keys
    Permission,
    ApiKey,
    ApiKeyWithSecret,
    CreateApiKeyBody,
    UpdateApiKeyBody,
    // users
    RoleSchema,
    UserStatus,
    User,
    UpsertUserBody,
    UpdateUserBody,
    MintTokenBody,
    MintedToken,
    // auth
    SignInBody,
    Session,
    TenantSummary,
    Me,
  ],
  tables: ['tenants', 'api_keys', 'users', 'user_tokens', 'sign_in_devices'],
  events: [],
  services: identityServices,
  jobs: { ...authJobs },
  routes: [tenantsRoutes, apiKeysRoutes, usersRoutes, authRoutes],
  async start({ services }) {
    await services.jobs.schedule(THROTTLE_PURGE_JOB, 3600);
    return { stop: async () => {} };
  },
});
