// What the bench runs inside a mail or calendar page: the site adapters the content scripts use.
export { ADAPTERS } from '../../utils/content/sites/registry';
