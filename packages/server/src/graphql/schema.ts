import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { authResolvers } from '../auth/resolvers.js';
import { directoryResolvers } from '../directory/resolvers.js';
import { inquiryResolvers } from '../inquiries/resolvers.js';
import { kbResolvers } from '../kb/resolvers.js';
import { presenceResolvers } from '../presence/resolvers.js';
import { dutyResolvers } from '../rotation/duty-resolvers.js';
import { rotationResolvers } from '../rotation/resolvers.js';
import { phoneResolvers } from '../phone/resolvers.js';
import { walkInResolvers } from '../walkin/resolvers.js';
import { emailResolvers } from '../email/resolvers.js';
import { publicStatusResolvers } from '../public-status/resolvers.js';
import { open311Resolvers } from '../open311/resolvers.js';
import { reportResolvers } from '../reports/resolvers.js';
import { kudosResolvers } from '../kudos/resolvers.js';
import { bannerResolvers } from '../banners/resolvers.js';
import { lemonLotResolvers } from '../lemonlot/resolvers.js';
import { surveyResolvers } from '../survey/resolvers.js';
import { cemeteryResolvers } from '../cemetery/resolvers.js';
import { notaryResolvers } from '../notary/resolvers.js';
import { paymentResolvers } from '../payments/resolvers.js';
import { applyAccessRules } from './access.js';
import { DateTime } from './scalars.js';

const sourceRoot = path.resolve(import.meta.dirname, '..');
const schemaFiles = ['graphql/base.graphql', 'auth/schema.graphql', 'directory/schema.graphql', 'inquiries/schema.graphql', 'presence/schema.graphql', 'kb/schema.graphql', 'rotation/schema.graphql', 'open311/schema.graphql', 'email/schema.graphql', 'phone/schema.graphql', 'walkin/schema.graphql', 'public-status/schema.graphql', 'reports/schema.graphql', 'kudos/schema.graphql', 'survey/schema.graphql', 'banners/schema.graphql', 'lemonlot/schema.graphql', 'payments/schema.graphql', 'cemetery/schema.graphql', 'notary/schema.graphql'];

/** Builds the executable schema from each domain's schema.graphql and resolvers. */
export function buildSchema(): GraphQLSchema {
  const typeDefs = schemaFiles.map((file) => fs.readFileSync(path.join(sourceRoot, file), 'utf8'));
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [{ DateTime }, authResolvers, directoryResolvers, inquiryResolvers, presenceResolvers, kbResolvers, rotationResolvers, dutyResolvers, open311Resolvers, phoneResolvers, walkInResolvers, publicStatusResolvers, emailResolvers, reportResolvers, surveyResolvers, kudosResolvers, bannerResolvers, lemonLotResolvers, paymentResolvers, cemeteryResolvers, notaryResolvers],
  });
  return applyAccessRules(schema);
}
