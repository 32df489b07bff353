import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { App } from 'electron';
import { writeFileAtomic } from '../atomicWrite';

export interface LoginItem {
  /** Why launching at login cannot be turned on here, or null. */
  readonly problem: string | null;
  isEnabled(): Promise<boolean>;
  /** Turns it on or off; throws an Error a user can read when the system refuses. */
  set(enabled: boolean): Promise<void>;
}

export interface LoginItemInput {
  app: Pick<App, 'isPackaged' | 'getLoginItemSettings' | 'setLoginItemSettings'>;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homeDir: string;
  /** The program to start: Electron's process.execPath. */
  execPath: string;
}

/** A desktop entry's Exec value quotes a path and escapes what the spec reserves inside quotes. */
function quoteExec(file: string): string {
  return `"${file.replace(/[\\"`$]/g, (char) => `\\${char}`)}"`;
}

/** The XDG autostart entry that starts Forkcast when the user logs in to a Linux desktop. */
export function autostartEntry(exec: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Forkcast',
    'Comment=Private journal for the management-or-architecture decision',
    `Exec=${quoteExec(exec)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Launch at login. macOS and Windows have it in Electron (app.setLoginItemSettings);
 * Linux desktops read ~/.config/autostart (the XDG autostart spec), so Forkcast
 * writes its entry there, naming the AppImage itself when it runs from one
 * (its execPath is a temporary mount). A development build is refused: it
 * would start a bare Electron at every login.
 */
export function createLoginItem({ app, platform, env, homeDir, execPath }: LoginItemInput): LoginItem {
  const problem = app.isPackaged ? null : 'Launching at login works in the installed app, not in a development build.';
  const configHome =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(homeDir, '.config');
  const autostartFile = path.join(configHome, 'autostart', 'forkcast.desktop');
  const exec = env.APPIMAGE && path.isAbsolute(env.APPIMAGE) ? env.APPIMAGE : execPath;

  if (platform === 'linux') {
    return {
      problem,
      async isEnabled() {
        try {
          return (await readFile(autostartFile, 'utf8')).includes(`Exec=${quoteExec(exec)}`);
        } catch {
          return false;
        }
      },
      async set(enabled) {
        if (problem && enabled) throw new Error(problem);
        if (!enabled) {
          await rm(autostartFile, { force: true });
          return;
        }
        await mkdir(path.dirname(autostartFile), { recursive: true });
        await writeFileAtomic(autostartFile, autostartEntry(exec));
      },
    };
  }
  return {
    problem,
    isEnabled: async () => app.getLoginItemSettings().openAtLogin,
    async set(enabled) {
      if (problem && enabled) throw new Error(problem);
      app.setLoginItemSettings({ openAtLogin: enabled });
    },
  };
}
