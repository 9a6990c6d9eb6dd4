import { micromark } from 'micromark';
import { boundedMarkdownHtml } from '@/features/library/notes/markdown';

// Renders note previews off the main thread: even bounded, a long note takes more than a frame.
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(boundedMarkdownHtml(event.data, micromark));
};
