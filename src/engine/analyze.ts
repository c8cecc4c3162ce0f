/**
 * The engine's pipeline: snapshot (+ options) → Analysis. Pure and deterministic.
 * Placeholder wiring; each stage lives in its own module.
 */
export {};
