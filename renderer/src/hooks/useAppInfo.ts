import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared';
import { bridge } from '../bridge/bridge';

/** Version and mode (desktop app or browser), for the About section. */
export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void bridge.getAppInfo().then(setInfo, () => undefined);
  }, []);
  return info;
}
