import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaperCard } from '@/features/papers/components/paper-card';
import type { Paper } from '@/features/papers/schema';
import { renderWithApp } from './render';

const paper: Paper = {
  id: 'skeletonmae',
  title: 'SkeletonMAE: Graph-based Masked Autoencoder',
  abstract: 'Skeleton sequence representation learning. <img src=x onerror=alert(1)>',
  authorCount: 6,
  authors: [],
  organization: null,
  publishedAt: '2023-07-17',
  comments: 0,
  upvotes: null,
  arxivId: null,
  codeUrl: 'https://github.com/HongYan1123/SkeletonMAE',
  projectUrl: 'javascript:alert(1)',
  links: ['https://github.com/HongYan1123/SkeletonMAE'],
  topics: ['Vision'],
};

describe('PaperCard', () => {
  it('is an article named by its title, linking to the paper page, with metadata', async () => {
    const { user } = renderWithApp(<PaperCard paper={paper} href="/paper/skeletonmae" />);
    const article = screen.getByRole('article', { name: paper.title });
    expect(within(article).getByRole('link', { name: paper.title })).toHaveAttribute(
      'href',
      '/paper/skeletonmae',
    );
    expect(within(article).getByText('Jul 17, 2023')).toBeInTheDocument();
    expect(within(article).getByText('6 authors')).toBeInTheDocument();
    expect(within(article).getByText('0 comments')).toBeInTheDocument();

    const code = within(article).getByRole('link', { name: /Code/ });
    expect(code).toHaveAttribute('target', '_blank');
    expect(code).toHaveAttribute('rel', 'noopener noreferrer');

    const more = within(article).getByRole('button', { name: 'Show more' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveTextContent('Show less');
  });

  it('shows hostile text as text and drops non-http links', () => {
    renderWithApp(<PaperCard paper={paper} href="/paper/skeletonmae" />);
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: /Project page/ })).toBeNull();
  });
});
