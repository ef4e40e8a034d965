// The real Hearth server (Fastify on an embedded PGlite database, in this process) behind the
// browser's `fetch`, so sync tests cannot disagree with the server about what it answers. Switches
// stand in for the network (offline, a lost response, a request held in flight); `rewriteSync`
// stands in for a hostile server that rolls back or tampers with what it serves.
import { openPglite, type Database } from '../../../server/src/db/database';
import { startTestServer, TEST_ORIGIN, type TestServer } from '../../../server/test/support/test-server';
import { TestUser } from '../../../server/test/support/test-user';
import type { ApiRecord } from '../../src/lib/api-types';
import { keyVault } from '../../src/lib/key-vault';

export interface SyncAnswer {
  records: ApiRecord[];
  cursor: number;
  hasMore: boolean;
}

export class InProcessServer {
  offline = false;
  /** Record writes (PUT /api/records) that reached the server. */
  puts = 0;
  /** Answers (PUT /api/reveals) that reached the server. */
  revealPuts = 0;
  /** The next reveal is stored, but its response never reaches the browser. */
  loseNextRevealAnswer = false;
  /** When set, record writes wait for this promise: lets a test act while a request is in flight. */
  gate: Promise<void> | null = null;
  /** When set, changes what the next GET /api/sync answers, as a hostile server would. */
  rewriteSync: ((answer: SyncAnswer) => SyncAnswer) | null = null;

  private constructor(
    private readonly database: Database,
    private readonly server: TestServer,
    /** The person whose browser this is, linked with `partner`. */
    public me: TestUser,
    public partner: TestUser,
  ) {}

  static async start(): Promise<InProcessServer> {
    const database = await openPglite(undefined);
    const server = await startTestServer(database);
    const [me, partner] = await InProcessServer.couple(server);
    return new InProcessServer(database, server, me, partner);
  }

  private static async couple(server: TestServer): Promise<[TestUser, TestUser]> {
    const me = await TestUser.signUp(server, 'sync');
    const partner = await TestUser.signUp(server, 'sync-partner');
    await TestUser.pair(me, partner);
    return [me, partner];
  }

  /** A new couple on the same server, and the switches back to normal: each test starts clean. */
  async reset(): Promise<void> {
    [this.me, this.partner] = await InProcessServer.couple(this.server);
    this.offline = false;
    this.puts = 0;
    this.revealPuts = 0;
    this.loseNextRevealAnswer = false;
    this.gate = null;
    this.rewriteSync = null;
  }

  get userId(): string {
    return this.me.userId;
  }

  get coupleId(): string {
    return this.me.coupleId!;
  }

  /** Puts my keys and our couple key where the web app keeps them after sign-in. */
  unlockKeys(): void {
    keyVault.setUserKeys({ userId: this.me.userId, keys: this.me.keys, identity: this.me.identity });
    keyVault.setCoupleKey(this.coupleId, 0, this.me.coupleKey!);
  }

  fetch = async (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const url = new URL(String(input), TEST_ORIGIN);
    const method = (init.method ?? 'GET').toUpperCase();
    const isRecordWrite = method === 'PUT' && url.pathname.startsWith('/api/records/');
    const isReveal = method === 'PUT' && url.pathname.startsWith('/api/reveals/');
    if (isRecordWrite) {
      this.puts += 1;
      if (this.gate) await this.gate;
    }
    if (isReveal) this.revealPuts += 1;
    const response = await this.server.request({
      method: method as 'GET',
      url: url.pathname + url.search,
      cookie: this.me.cookie,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { payload: String(init.body) } : {}),
    });
    if (isReveal && this.loseNextRevealAnswer) {
      this.loseNextRevealAnswer = false;
      throw new TypeError('Failed to fetch');
    }
    let body = response.body;
    if (url.pathname === '/api/sync' && response.statusCode === 200 && this.rewriteSync) {
      body = JSON.stringify(this.rewriteSync(JSON.parse(body) as SyncAnswer));
      this.rewriteSync = null;
    }
    return new Response(response.statusCode === 204 || body === '' ? null : body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  };

  /** Every record I can see, as the server stores it. */
  async records(): Promise<Map<string, ApiRecord>> {
    const response = await this.me.req('GET', '/api/sync?cursor=0&limit=500');
    const { records } = response.json() as SyncAnswer;
    return new Map(records.map((record) => [record.id, record]));
  }

  /** My daily-question answer for a tag, as the server stores it (or null). */
  async myAnswer(tag: string): Promise<{ keyEpoch: number; wrappedDek: string; body: string } | null> {
    const response = await this.me.req('GET', '/api/reveals/mine');
    const { answers } = response.json() as {
      answers: Array<{ tag: string; keyEpoch: number; wrappedDek: string; body: string }>;
    };
    return answers.find((answer) => answer.tag === tag) ?? null;
  }

  /** My partner leaves: shared writes are refused from now on. */
  async partnerUnlinks(): Promise<void> {
    const response = await this.partner.req('POST', '/api/couple/unlink');
    if (response.statusCode !== 200) throw new Error(`unlink ${response.statusCode} ${response.body}`);
  }

  async close(): Promise<void> {
    await this.server.close();
    await this.database.close();
  }
}
