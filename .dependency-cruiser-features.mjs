// `npm run check:cycles`, second pass: the web app's features may use one another, but never in a
// circle (checkup → plan → checkup), even when no single module does. Only the features are in this
// graph: a feature registering its record kind with lib/ is how the app is built, not a cycle
// between features.
export default {
  extends: './.dependency-cruiser.mjs',
  forbidden: [
    {
      name: 'no-circular-features',
      severity: 'error',
      comment:
        'Two features import each other: move the shared piece to the feature it belongs to, or out of both.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^apps/web/src/features/',
  },
};
