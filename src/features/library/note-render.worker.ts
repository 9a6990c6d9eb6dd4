import { micromark } from 'micromark';
import { boundedMarkdownHtml } from '@/features/library/note-markdown';

// Renders note previews off the main thread: even bounded, a long note takes more than a frame.
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(boundedMarkdownHtml(event.data, micromark));
};
