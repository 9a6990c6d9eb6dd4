/**
 * The import boundary between features, as an ESLint rule.
 *
 * A feature's public face is the modules at its root (`src/features/search/engine.ts`), plus the few deeper
 * modules it lists in `deepPublic` below the config. Its folders (`index/`, `state/`, `export/`…) are its
 * insides: other features and `app/` import them only where the feature has listed them. `components/` is the
 * feature's UI: only `app/` composes it. Crossing into another feature, or into `app/`, `lib/` or
 * `components/`, goes through the `@/` alias, never a relative `../` path, so a move inside one feature never
 * breaks another. Tests and scripts may import anything.
 */
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** `{ area: 'features/search', rest: 'index/term-table' }` for a file or import target under src/. */
function locate(absolute) {
  const relative = path.relative(SRC, absolute).split(path.sep).join('/');
  if (relative.startsWith('..')) return null;
  const withoutExtension = relative.replace(/\.(tsx?|jsx?|mjs)$/, '').replace(/\?.*$/, '');
  const parts = withoutExtension.split('/');
  if (parts[0] === 'features' && parts.length > 2) {
    return { area: `features/${parts[1]}`, feature: parts[1], rest: parts.slice(2).join('/') };
  }
  return { area: parts[0], feature: null, rest: parts.slice(1).join('/') };
}

function resolveTarget(specifier, importer) {
  if (specifier.startsWith('@/')) return path.join(SRC, specifier.slice(2));
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return path.resolve(path.dirname(importer), specifier);
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another feature only through the modules it makes public.' },
    schema: [
      {
        type: 'object',
        properties: { deepPublic: { type: 'object', additionalProperties: { type: 'array' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      relative:
        "'{{specifier}}' climbs out of {{from}} into {{to}} by a relative path; import '@/{{to}}/{{rest}}' instead.",
      internal:
        "'{{rest}}' is inside the {{feature}} feature. Other code imports its root modules{{listed}}; " +
        'make the module public there (move it to the root, or list it in eslint.config.js) if it is part of its API.',
      ui: "'{{specifier}}' is the {{feature}} feature's UI; only app/ composes another feature's components.",
    },
  },
  create(context) {
    const importer = context.filename;
    const from = locate(importer);
    if (!from) return {};
    const deepPublic = context.options[0]?.deepPublic ?? {};

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      const absolute = resolveTarget(specifier, importer);
      if (!absolute) return;
      const to = locate(absolute);
      if (!to || to.area === from.area) return;
      if (!specifier.startsWith('@/')) {
        context.report({
          node,
          messageId: 'relative',
          data: { specifier, from: from.area, to: to.area, rest: to.rest },
        });
        return;
      }
      if (!to.feature) return;
      if (to.rest.startsWith('components/')) {
        if (from.area !== 'app')
          context.report({ node, messageId: 'ui', data: { specifier, feature: to.feature } });
        return;
      }
      const listed = deepPublic[to.feature] ?? [];
      if (!to.rest.includes('/') || listed.includes(to.rest)) return;
      context.report({
        node,
        messageId: 'internal',
        data: {
          rest: to.rest,
          feature: to.feature,
          listed: listed.length > 0 ? ` and ${listed.join(', ')}` : '',
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { 'public-modules': rule } };
