import type { RequestMap, RequestType } from '../../utils/protocol/messaging';
import type { OptionsApi } from './OptionsApp';

/** Sends one request to the background: `request` in the page, the handler itself in tests. */
export type Requester = <K extends RequestType>(type: K, data: RequestMap[K]['data']) => Promise<RequestMap[K]['reply']>;

type RecordCalls =
  | 'listAccounts'
  | 'saveAccount'
  | 'deleteAccount'
  | 'mergeAccounts'
  | 'getAccount'
  | 'saveRecord'
  | 'listContacts'
  | 'deleteContact'
  | 'mergeContacts'
  | 'undo'
  | 'loadDemoData'
  | 'getDetectionReport'
  | 'getPortfolio'
  | 'listTrash'
  | 'restoreFromTrash'
  | 'erasePermanently';

/** The part of the options page's API that is background requests, written once for the page and its tests. */
export function optionsRequests(send: Requester): Pick<OptionsApi, RecordCalls> {
  return {
    listAccounts: () => send('listAccounts', null),
    saveAccount: (account) => send('saveRecord', { store: 'accounts', record: account }),
    deleteAccount: (id) => send('deleteRecord', { store: 'accounts', id }),
    mergeAccounts: (keepId, mergeId) => send('mergeAccounts', { keepId, mergeId }),
    getAccount: (id, touchpointLimit) => send('getAccount', { id, touchpointLimit }),
    saveRecord: (record) => send('saveRecord', record),
    listContacts: (filter, offset, limit) => send('listContacts', { filter, offset, limit }),
    deleteContact: (id) => send('deleteRecord', { store: 'contacts', id }),
    mergeContacts: (keepId, mergeId) => send('mergeContacts', { keepId, mergeId }),
    undo: async (undoId) => void (await send('undo', { undoId })),
    loadDemoData: (replace) => send('loadDemoData', { replace }),
    getDetectionReport: () => send('getDetectionReport', null),
    getPortfolio: () => send('getPortfolio', null),
    listTrash: () => send('listTrash', null),
    restoreFromTrash: async ({ store, record }) => void (await send('restoreFromTrash', { store, id: record.id })),
    erasePermanently: async ({ store, record }) => void (await send('erasePermanently', { store, id: record.id })),
  };
}
