import type { Resolvers } from '../graphql/generated.js';
import { findDepartment, listDepartments, listTopics, topicsOfDepartments } from './service.js';

export const directoryResolvers: Resolvers = {
  Query: {
    departments: (_parent, _args, context) => listDepartments(context.deps.db),
    topics: (_parent, _args, context) => listTopics(context.deps.db),
    center: (_parent, _args, context) => ({ timeZone: context.deps.centerTimeZone }),
  },
  Department: {
    topics: (department, _args, context) => topicsOfDepartments(context.deps.db, [department.id]),
  },
  Topic: {
    async department(topic, _args, context) {
      const department = await findDepartment(context.deps.db, topic.departmentId);
      if (!department) throw new Error(`Topic ${topic.id} refers to missing department ${topic.departmentId}`);
      return department;
    },
  },
};
