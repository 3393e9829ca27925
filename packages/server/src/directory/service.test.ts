import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { ensureDepartment, ensureTopic, findTopicWithDepartment } from './service.js';

describe.each(databaseKinds())('findTopicWithDepartment on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  it('returns topic and department', async () => {
    const { db } = testDatabase().deps;
    const department = await ensureDepartment(db, { name: 'Parks' });
    const topic = await ensureTopic(db, { name: 'Fallen tree', departmentId: department.id });

    const found = await findTopicWithDepartment(db, topic.id);
    expect(found?.topic).toEqual(topic);
    expect(found?.department).toEqual(department);
  });

  it('returns undefined for unknown ids', async () => {
    const { db } = testDatabase().deps;
    expect(await findTopicWithDepartment(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await findTopicWithDepartment(db, 'not-a-uuid')).toBeUndefined();
  });
});
