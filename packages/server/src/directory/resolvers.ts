import { AppError } from '../core/errors.js';
import type { Resolvers } from '../graphql/generated.js';
import type { InvalidInputResult } from '../validation/result.js';
import {
  createProgram,
  findDepartment,
  findProgram,
  listDepartments,
  listPrograms,
  listTopics,
  setTopicProgram,
  topicsOfDepartments,
  topicsOfPrograms,
} from './service.js';

/** The program mutations return the record itself, so invalid input is a BAD_USER_INPUT error naming the field. */
function throwIfInvalid<T extends object>(result: T | InvalidInputResult): T {
  if ('kind' in result && result.kind === 'invalid_input') throw new AppError('BAD_USER_INPUT', result.message);
  return result as T;
}

export const directoryResolvers: Resolvers = {
  Query: {
    departments: (_parent, _args, context) => listDepartments(context.deps.db),
    topics: (_parent, _args, context) => listTopics(context.deps.db),
    programs: (_parent, _args, context) => listPrograms(context.deps.db),
    center: (_parent, _args, context) => ({ timeZone: context.deps.centerTimeZone }),
  },
  Mutation: {
    async createProgram(_parent, args, context) {
      return throwIfInvalid(await createProgram(context.deps.db, args.input));
    },
    async setTopicProgram(_parent, args, context) {
      return throwIfInvalid(await setTopicProgram(context.deps.db, args.topicId, args.programId ?? null));
    },
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
    async program(topic, _args, context) {
      if (!topic.programId) return null;
      return (await findProgram(context.deps.db, topic.programId)) ?? null;
    },
  },
  Program: {
    async department(program, _args, context) {
      const department = await findDepartment(context.deps.db, program.departmentId);
      if (!department) throw new Error(`Program ${program.id} refers to missing department ${program.departmentId}`);
      return department;
    },
    topics: (program, _args, context) => topicsOfPrograms(context.deps.db, [program.id]),
  },
};
