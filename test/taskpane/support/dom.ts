/** What jsdom lacks and Fluent UI's overlays touch (ResizeObserver, matchMedia, scrollIntoView). */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function installDomShims(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
  if (typeof window !== 'undefined') {
    if (!window.matchMedia) {
      window.matchMedia = ((query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      })) as unknown as typeof window.matchMedia;
    }
    if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
  }
}

installDomShims();
