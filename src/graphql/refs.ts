import type { Category, Comparison, Correction, Relation, Resource } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';

// Declared apart from their implementations so that type files can point at each other
// (a Resource has a Category, a Category lists Resources) without import cycles.

/** The GraphQL `Resource` type, backed by the core's Resource. */
export const ResourceRef = builder.objectRef<Resource>('Resource');
/** The GraphQL `Category` type, backed by the core's Category. */
export const CategoryRef = builder.objectRef<Category>('Category');
/** The GraphQL `Relation` type, backed by the core's Relation. */
export const RelationRef = builder.objectRef<Relation>('Relation');
/** The GraphQL `Comparison` type, backed by the core's Comparison. */
export const ComparisonRef = builder.objectRef<Comparison>('Comparison');
/** The GraphQL `Correction` type, backed by the core's Correction. */
export const CorrectionRef = builder.objectRef<Correction>('Correction');
