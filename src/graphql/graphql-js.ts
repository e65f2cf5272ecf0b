/**
 * The graphql library, imported through its CommonJS entry on purpose. graphql 16 ships both
 * `index.js` and `index.mjs`; Node (and so Pothos and Apollo) loads `index.js`, while Vite, which
 * runs the tests, would pick `index.mjs` for a bare `graphql` import in our own code. Two copies
 * reject each other's schema ("Cannot use GraphQLSchema from another module or realm"), so every
 * value import of graphql in kubedex goes through this file.
 */
export { GraphQLEnumType, GraphQLError, isAbstractType, Kind, lexicographicSortSchema, printSchema, validate } from 'graphql/index.js';
