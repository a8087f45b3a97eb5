import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { CallerKind } from '../../utils/protocol/wire';

/**
 * What each surface really sends, read from its code with the TypeScript checker: from the surface's entrypoints,
 * every file its code imports (type-only imports aside), and in them every request called on a background client
 * of that caller (`api.background.getAccount(…)`, `background.exportRecords(…)`, a client passed on and
 * destructured, whatever the variable is called). A surface that sends by any other way (the raw `request`
 * sender, or a message on the request channel) is reported as a stray: its requests would escape this count.
 */
export interface SurfaceRequests {
  /** Per caller kind, the request types its code calls on its client. */
  uses: Record<CallerKind, Set<string>>;
  /** Places where surface code reaches the background other than through its client. */
  strays: string[];
}

const ROOT = resolve(__dirname, '..', '..');
const API_FILE = join(ROOT, 'utils', 'protocol', 'api.ts');
const SENDERS_OUTSIDE_CLIENTS = new Map([
  [join(ROOT, 'utils', 'protocol', 'client.ts'), 'request'],
  [join(ROOT, 'utils', 'protocol', 'wire.ts'), 'REQUEST_CHANNEL'],
]);

export function surfaceRequests(entrypoints: Record<CallerKind, string[]>): SurfaceRequests {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const entries = Object.values(entrypoints)
    .flat()
    .map((file) => join(ROOT, file));
  const program = ts.createProgram({
    rootNames: [join(ROOT, '.wxt', 'wxt.d.ts'), ...entries],
    options: config.options,
  });
  const checker = program.getTypeChecker();
  const strays: string[] = [];
  const ours = (file: ts.SourceFile) =>
    !file.isDeclarationFile && !file.fileName.includes(`${sep}node_modules${sep}`) && file.fileName.startsWith(ROOT);

  /** The files a file imports for their code, resolved by the checker. */
  const importsOf = (file: ts.SourceFile): ts.SourceFile[] => {
    const found: ts.SourceFile[] = [];
    const add = (specifier: ts.Expression | undefined) => {
      const declaration = specifier && checker.getSymbolAtLocation(specifier)?.valueDeclaration;
      if (declaration && ts.isSourceFile(declaration) && ours(declaration)) found.push(declaration);
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) add(node.moduleSpecifier);
      else if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        add(node.arguments[0]);
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  };

  /** Whether a type is a background client: an instance of the mapped type `BackgroundClient` is declared as. */
  const isClient = (type: ts.Type) =>
    type.symbol?.declarations?.some((d) => ts.isMappedTypeNode(d) && d.getSourceFile().fileName === API_FILE) ?? false;
  /**
   * The caller kinds a type is a background client of: `BackgroundClient<'sidebar'>` gives sidebar; not a client, [].
   * A client under another alias hides its caller: it is reported, to be written as `BackgroundClient<'kind'>`.
   */
  const clientKinds = (type: ts.Type, at: () => string): string[] =>
    (type.isUnion() ? type.types : [type]).flatMap((member) => {
      if (member.aliasSymbol?.name !== 'BackgroundClient') {
        if (isClient(member)) strays.push(`${at()}: a background client typed ${checker.typeToString(member)}`);
        return [];
      }
      const [argument] = member.aliasTypeArguments ?? [];
      const resolved = argument && (checker.getBaseConstraintOfType(argument) ?? argument);
      return resolved ? (resolved.isUnion() ? resolved.types : [resolved]).flatMap(literalOf) : [];
    });
  const literalOf = (type: ts.Type): string[] => (type.isStringLiteral() ? [type.value] : []);

  /** Every request called on a client in a file, with the caller kinds of that client. */
  const callsIn = (file: ts.SourceFile) => {
    const calls: Array<{ kinds: string[]; type: string }> = [];
    const where = (node: ts.Node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      return `${relative(ROOT, file.fileName)}:${line + 1}`;
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const kinds = clientKinds(checker.getTypeAtLocation(node.expression), () => where(node));
        if (kinds.length) calls.push({ kinds, type: node.name.text });
      } else if (ts.isElementAccessExpression(node)) {
        const kinds = clientKinds(checker.getTypeAtLocation(node.expression), () => where(node));
        if (kinds.length && ts.isStringLiteralLike(node.argumentExpression))
          calls.push({ kinds, type: node.argumentExpression.text });
        else if (kinds.length) strays.push(`${where(node)}: a request named at run time`);
      } else if (ts.isObjectBindingPattern(node)) {
        const kinds = clientKinds(checker.getTypeAtLocation(node), () => where(node));
        for (const element of kinds.length ? node.elements : []) {
          const name = element.propertyName ?? element.name;
          if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) calls.push({ kinds, type: name.text });
          else strays.push(`${where(element)}: a request named at run time`);
        }
      } else if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declared = symbol?.valueDeclaration?.getSourceFile().fileName;
        if (declared && SENDERS_OUTSIDE_CLIENTS.get(declared) === symbol!.name && !isImportName(node))
          strays.push(`${where(node)}: ${symbol!.name} used outside the caller's client`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return calls;
  };

  const uses = {} as Record<CallerKind, Set<string>>;
  for (const [kind, files] of Object.entries(entrypoints) as Array<[CallerKind, string[]]>) {
    uses[kind] = new Set();
    const seen = new Set<ts.SourceFile>();
    const queue = files.map((file) => program.getSourceFile(join(ROOT, file))!);
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file));
      // The protocol's own files define the clients and the raw sender; they call nothing on a caller's behalf.
      if (dirname(file.fileName) === join(ROOT, 'utils', 'protocol')) continue;
      for (const call of callsIn(file)) if (call.kinds.includes(kind)) uses[kind].add(call.type);
    }
  }
  return { uses, strays: [...new Set(strays)].sort() };
}

/** The name in `import { request } from …` is a declaration, not a use. */
function isImportName(node: ts.Identifier): boolean {
  return ts.isImportSpecifier(node.parent) || ts.isImportClause(node.parent) || ts.isExportSpecifier(node.parent);
}
