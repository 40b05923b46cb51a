import { useRef } from 'react';

/** The formats the importers read, by file extension. */
export const IMPORT_EXTENSIONS = ['.md', '.mmd', '.yaml', '.yml', '.json'];
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type PickedFile =
  | { readonly ok: true; readonly fileName: string; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** A button that opens the file picker and reads the chosen file as text. */
export function ImportButton(props: {
  readonly disabled: boolean;
  readonly onPicked: (file: PickedFile) => void;
}) {
  const input = useRef<HTMLInputElement>(null);

  return (
    <>
      <button
        type="button"
        className="tm-button"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        Import from file
      </button>
      <input
        ref={input}
        type="file"
        className="tm-visually-hidden"
        tabIndex={-1}
        aria-label="Model file to import"
        accept={IMPORT_EXTENSIONS.join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void readPicked(file).then(props.onPicked);
        }}
      />
    </>
  );
}

export async function readPicked(file: File): Promise<PickedFile> {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return {
      ok: false,
      message: `${file.name} is not a format this app reads (${IMPORT_EXTENSIONS.join(', ')}).`,
    };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${file.name} is larger than 1 MB; split the model or trim it.`,
    };
  }

  try {
    return { ok: true, fileName: file.name, text: await readText(file) };
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
}

/** `Blob.text()` where the browser has it, FileReader where it does not. */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('unreadable'));
    };
    reader.readAsText(file);
  });
}
