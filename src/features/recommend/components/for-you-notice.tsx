import { Link } from 'wouter';
import type { ForYouInfo } from '@/features/recommend/types';
import { paperCount } from '@/lib/paper-count';

const modelHref = (tags: readonly string[]) =>
  `/for-you/model${tags.length > 0 ? `?${tags.map((tag) => `tag=${encodeURIComponent(tag)}`).join('&')}` : ''}`;

/** Above a "For you" list: what ranked it, or why it is newest first for now. */
export function ForYouNotice({ info }: { info: ForYouInfo }) {
  const tagged = info.tags.length > 0 ? ` tagged “${info.tags.join('”, “')}”` : ' you like';
  return (
    <div className="mt-3 rounded-xl border border-line bg-surface-raised p-3 text-sm">
      {info.state === 'too-few' ? (
        <p>
          “For you” learns from at least {paperCount(info.needed)}
          {tagged}; so far it has {info.positives}. Until then the list is newest first.{' '}
          {info.tags.length === 0 &&
            'Mark papers “More like this” (key +), bookmark, tag or read them. '}
          <Link href={modelHref(info.tags)} className="font-medium text-accent underline">
            What to rate next
          </Link>
        </p>
      ) : (
        <p>
          Ranked for you by a model of {paperCount(info.positives)}
          {tagged}
          {info.negatives > 0 ? ` and ${info.negatives} it learnt you do not want` : ''}.{' '}
          <Link href={modelHref(info.tags)} className="font-medium text-accent underline">
            How it ranks
          </Link>
        </p>
      )}
    </div>
  );
}
