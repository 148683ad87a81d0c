import { useEffect, useState } from 'react';

/**
 * An object URL (`blob:…`) for a Blob while it is shown, for `<img src>` or a download link: made
 * after render and revoked when the blob changes or the component unmounts, so no image stays in
 * memory behind a URL nobody uses. `undefined` until then, and while there is no blob. Images the
 * API serves need its Authorization header, which an `<img>` cannot send: fetch them as a Blob
 * (`useAttachment`) and show them through this.
 */
export function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const [current, setCurrent] = useState<{ blob: Blob; url: string }>();
  useEffect(() => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    setCurrent({ blob, url });
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return blob && current?.blob === blob ? current.url : undefined;
}
