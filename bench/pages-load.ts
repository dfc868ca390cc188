/**
 * The server side of the pages benchmark (bench/pages.ts): requests sent straight to `next
 * start`, the CPU time its processes spend on them (read from /proc: the server and any
 * worker it starts, all in one process group), HTML size, latency at given concurrencies,
 * and the mix of users each opening a page every few seconds.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface Target {
  name: string;
  path: string;
  /** The session cookie to send, or none (signed out). */
  cookie?: string;
}

export interface LevelFigures {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  /** CPU ms of the server's processes per request at this concurrency. */
  cpuMs: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (ms) used so far by every process of the given process group. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces, in parentheses).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // pgrp
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** One request for the page; its time (ms) and body size (bytes, as rendered, before compression). */
export async function fetchPage(base: string, target: Target): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now();
  const response = await fetch(`${base}${target.path}`, {
    redirect: "manual",
    headers: { ...(target.cookie ? { cookie: `authjs.session-token=${target.cookie}` } : {}), "accept-encoding": "identity", accept: "text/html" },
  });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status };
}

/** `requests` requests for the page, `concurrency` at a time: latencies and the server's CPU per request. */
export async function loadLevel(base: string, target: Target, concurrency: number, requests: number, pgid: number): Promise<LevelFigures> {
  const times: number[] = [];
  let next = 0;
  const cpuBefore = groupCpuMs(pgid);
  const worker = async () => {
    while (next < requests) {
      next++;
      const { ms, status } = await fetchPage(base, target);
      if (status !== 200) throw new Error(`${target.name}: ${target.path} answered ${status}`);
      times.push(ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpuMs = (groupCpuMs(pgid) - cpuBefore) / times.length;
  return { concurrency, requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), cpuMs };
}

/**
 * `users` users, each opening the next page of the mix every `everyMs` (staggered starts),
 * for `seconds`: the latencies of every request.
 */
export async function userMix(base: string, mix: Target[], users: number, everyMs: number, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  const user = async (u: number) => {
    await new Promise((resolve) => setTimeout(resolve, (u * everyMs) / users));
    for (let i = u; performance.now() < end; i++) {
      const started = performance.now();
      const { ms, status } = await fetchPage(base, mix[i % mix.length]!);
      if (status === 200) times.push(ms);
      const wait = everyMs - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  await Promise.all(Array.from({ length: users }, (_, u) => user(u)));
  return times;
}
