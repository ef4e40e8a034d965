// `npm run check:cycles`, first pass: no module may reach itself through its imports, anywhere in
// the apps and packages. Type-only imports count too: a cycle made of types alone still means two
// modules that each need the other to be understood; that TypeScript erases the import does not
// make the design one-way.
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Move the shared piece to the module it belongs to, so that the imports run one way.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
