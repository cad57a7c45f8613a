/**
 * Counting what a mounted form could leave behind: an init script, run before any page
 * script, wraps addEventListener/removeEventListener (for window and document), the timer
 * functions, BroadcastChannel and IndexedDB's open/close, and keeps what is live. It runs in
 * the page's own world, so Playwright's listeners (in its isolated world) are not counted.
 */
import type { Page } from 'playwright-core';

interface Probe {
  listeners: Map<string, Set<unknown>>;
  timers: Set<unknown>;
  channels: Set<unknown>;
  databases: Set<unknown>;
}

/** Init script (runs in the page before its scripts): keeps the live timers, channels and databases in window.__gfProbe. */
export function leakProbe(): void {
  const probe: Probe = { listeners: new Map(), timers: new Set(), channels: new Set(), databases: new Set() };
  (window as unknown as { __gfProbe: Probe }).__gfProbe = probe;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const keyOf = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) => {
    const where = target === window ? 'window' : target === document ? 'document' : undefined;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return where && `${where}|${type}|${capture}`;
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const key = keyOf(this, type, options);
    if (key && fn) probe.listeners.set(key, (probe.listeners.get(key) ?? new Set()).add(fn));
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const key = keyOf(this, type, options);
    if (key && fn) probe.listeners.get(key)?.delete(fn);
    return remove.call(this, type, fn, options);
  };
  const setTimeout0 = window.setTimeout.bind(window);
  const clearTimeout0 = window.clearTimeout.bind(window);
  window.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
    const id = setTimeout0(() => { probe.timers.delete(id); fn(...(args as [])); }, ms);
    probe.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => { probe.timers.delete(id); clearTimeout0(id); }) as typeof window.clearTimeout;
  const setInterval0 = window.setInterval.bind(window);
  const clearInterval0 = window.clearInterval.bind(window);
  window.setInterval = ((fn: () => void, ms?: number) => {
    const id = setInterval0(fn, ms);
    probe.timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => { probe.timers.delete(id); clearInterval0(id); }) as typeof window.clearInterval;

  const Channel = window.BroadcastChannel;
  window.BroadcastChannel = class extends Channel {
    constructor(name: string) { super(name); probe.channels.add(this); }
    override close() { probe.channels.delete(this); super.close(); }
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => probe.databases.add(request.result));
    return request;
  };
  const close = IDBDatabase.prototype.close;
  IDBDatabase.prototype.close = function (this: IDBDatabase) { probe.databases.delete(this); close.call(this); };
}

export interface LeakCounts {
  windowListeners: Record<string, number>;
  documentListeners: Record<string, number>;
  pendingTimers: number;
  openChannels: number;
  openDatabases: number;
}

export async function leakCounts(page: Page): Promise<LeakCounts> {
  return page.evaluate(() => {
    const p = (window as unknown as { __gfProbe: Probe }).__gfProbe;
    const on = (where: string) => {
      const byType: Record<string, number> = {};
      for (const [key, fns] of p.listeners) {
        const [w, type] = key.split('|') as [string, string];
        if (w === where && fns.size) byType[type] = (byType[type] ?? 0) + fns.size;
      }
      return byType;
    };
    return {
      windowListeners: on('window'), documentListeners: on('document'),
      pendingTimers: p.timers.size, openChannels: p.channels.size, openDatabases: p.databases.size,
    };
  });
}
