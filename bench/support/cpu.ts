import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of other processes from /proc (Linux), to tell whether a scenario is bound by the server's event loop,
 * by the database or by the load generator. Elsewhere every reading is null and the report leaves the column out.
 */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU seconds a process has used so far, or null when it cannot be read. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU seconds of every process named `postgres` (server and backends) by pid. */
function postgresCpu(): Map<number, number> {
  const byPid = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return byPid;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const seconds = processCpuSeconds(Number(entry));
    if (seconds !== null) byPid.set(Number(entry), seconds);
  }
  return byPid;
}

/**
 * CPU seconds the whole machine has spent busy (every core, every process, the kernel), and apart from that the
 * seconds the hypervisor gave this machine's cores to other machines (steal); null off Linux.
 */
function machineSeconds(): { busy: number; steal: number } | null {
  try {
    const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields.map(Number);
    return {
      busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND,
      steal: steal / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

/** A stopwatch for the CPU of the server, of PostgreSQL on this machine, and of this process. */
export interface CpuWatch {
  /** Shares of one core over the wall time since the watch started (1 = one core fully busy). */
  stop(): CpuShares;
}

export interface CpuShares {
  server: number | null;
  postgres: number | null;
  client: number;
  /** Everything else on this machine: other processes and the kernel's own work. */
  other: number | null;
  /** Time the hypervisor ran other machines on our cores: the host is oversubscribed. */
  steal: number | null;
}

export function startCpuWatch(serverPid: number, watchPostgres: boolean): CpuWatch {
  const startedAt = process.hrtime.bigint();
  const serverBefore = processCpuSeconds(serverPid);
  const postgresBefore = watchPostgres ? postgresCpu() : undefined;
  const clientBefore = process.cpuUsage();
  const machineBefore = machineSeconds();
  return {
    stop: () => {
      const wall = Number(process.hrtime.bigint() - startedAt) / 1e9;
      const serverAfter = processCpuSeconds(serverPid);
      const client = process.cpuUsage(clientBefore);
      let postgres: number | null = null;
      if (postgresBefore) {
        postgres = 0;
        // Backends that started during the run count from zero.
        for (const [pid, seconds] of postgresCpu()) postgres += seconds - (postgresBefore.get(pid) ?? 0);
      }
      const machineAfter = machineSeconds();
      const shares = {
        server: serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wall : null,
        postgres: postgres === null ? null : postgres / wall,
        client: (client.user + client.system) / 1e6 / wall,
      };
      if (!machineBefore || !machineAfter) return { ...shares, other: null, steal: null };
      const ours = (shares.server ?? 0) + (shares.postgres ?? 0) + shares.client;
      return {
        ...shares,
        other: Math.max(0, (machineAfter.busy - machineBefore.busy) / wall - ours),
        steal: (machineAfter.steal - machineBefore.steal) / wall,
      };
    },
  };
}
