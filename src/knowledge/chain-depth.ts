import { z } from 'zod';

/**
 * Deepest parent/child chain any surface walks (REST `?depth=`, GraphQL `depth:`, MCP `depth`);
 * the real chains are three levels (CronJob → Job → Pod), and GraphQL's cost limit assumes this bound.
 */
export const MAX_CHAIN_DEPTH = 5;

/** Levels walked when a client does not say. */
export const DEFAULT_CHAIN_DEPTH = 1;

/** A chain depth as every surface accepts it: an integer from 1 to MAX_CHAIN_DEPTH. */
export const ChainDepth = z.number().int().min(1).max(MAX_CHAIN_DEPTH);
