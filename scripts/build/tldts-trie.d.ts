// tldts ships the types of its packed trie beside the code, under dist/types.
declare module 'tldts/dist/es6/src/data/trie.js' {
  export * from 'tldts/dist/types/src/data/trie';
}
