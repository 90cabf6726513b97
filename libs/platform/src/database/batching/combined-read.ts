import { EntityManager } from 'typeorm';
import { preparedQuery } from './prepared-query';
import { joinParts, SqlPart } from './sql-part';

/**
 * Several reads answered by one SELECT, so one round trip to the database: each part is a scalar
 * subquery (one value, typically JSON), and `value` gives a getter for its answer once `run` has
 * resolved. All parts see the same snapshot.
 */
export class CombinedRead {
  private readonly parts: SqlPart[] = [];
  private answers: readonly unknown[] | null = null;

  value<T>(part: SqlPart): () => T {
    const index = this.parts.push(part) - 1;
    return () => {
      if (this.answers === null) throw new Error('CombinedRead: a value was read before run()');
      return this.answers[index] as T;
    };
  }

  async run(manager: EntityManager): Promise<void> {
    const { sql, params } = joinParts(this.parts, (part, index) => `(${part}) AS r${index}`);
    const [row] = await preparedQuery<Record<string, unknown>>(manager, `SELECT ${sql}`, [...params]);
    this.answers = this.parts.map((_, index) => row[`r${index}`]);
  }
}
