// The browser's "Extension options" page: the popup's Options panel on its own.
import { Header } from './Header';
import { OptionsPanel } from './OptionsPanel';
import { useSettings } from './use-settings';

export function OptionsPage() {
  const settings = useSettings();
  return (
    <div class="window">
      <Header server={settings?.server ?? null} />
      {settings && (
        <main>
          <OptionsPanel settings={settings} />
        </main>
      )}
    </div>
  );
}
