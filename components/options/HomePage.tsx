import { AccountsSection } from './accounts/AccountsSection';
import { ContactsPanel } from './contacts/ContactsPanel';
import { Dashboard } from './dashboard/Dashboard';
import { DataSection } from './data/DataSection';
import { TrashSection } from './data/TrashPanel';
import { DetectionSection } from './settings/DetectionReport';
import { ExclusionsSection } from './settings/ExclusionsSection';
import { SettingsSection } from './settings/SettingsForm';

/** The home page, one section per feature; each reads its own state from the options page's context. */
export function HomePage() {
  return (
    <>
      <Dashboard />
      <AccountsSection />
      <ContactsPanel />
      <DataSection />
      <TrashSection />
      <SettingsSection />
      <ExclusionsSection />
      <DetectionSection />
    </>
  );
}
