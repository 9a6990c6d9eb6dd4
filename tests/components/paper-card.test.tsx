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

    const code = within(article).getByRole('link', { name: 'Code' });
    expect(code).toHaveAttribute('target', '_blank');
    expect(code).toHaveAttribute('rel', 'noopener noreferrer');
    expect(code).toHaveAccessibleDescription('Opens in a new tab');

    const more = within(article).getByRole('button', { name: 'Show more' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveTextContent('Show less');
  });

  it('starts clamped again when it shows another paper (a list row reused for new results)', async () => {
    const { user, rerender } = renderWithApp(<PaperCard paper={paper} href="/paper/skeletonmae" />);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    const other = { ...paper, id: 'other', title: 'Another paper' };
    rerender(<PaperCard paper={other} href="/paper/other" />);
    const article = screen.getByRole('article', { name: 'Another paper' });
    expect(within(article).getByRole('button', { name: 'Show more' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    rerender(<PaperCard paper={other} href="/paper/other" />);
    await user.click(within(article).getByRole('button', { name: 'Show more' }));
    rerender(<PaperCard paper={other} href="/paper/other" />);
    expect(within(article).getByRole('button', { name: 'Show less' })).toBeInTheDocument();
  });

  it('shows hostile text as text and drops non-http links', () => {
    renderWithApp(<PaperCard paper={paper} href="/paper/skeletonmae" />);
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: /Project page/ })).toBeNull();
  });

  it('links arXiv, PDF and Hugging Face when the arXiv id is known, and shows stars only when known', () => {
    const known = { ...paper, arxivId: '2307.08476', upvotes: 12, githubStars: 1 };
    renderWithApp(<PaperCard paper={known} href="/paper/skeletonmae" />);
    const links = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('link');
    expect(
      links.map((link) => [link.textContent?.replace('↗', ''), link.getAttribute('href')]),
    ).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2307.08476'],
      ['PDF', 'https://arxiv.org/pdf/2307.08476'],
      ['Hugging Face', 'https://huggingface.co/papers/2307.08476'],
      ['Code', 'https://github.com/HongYan1123/SkeletonMAE'],
    ]);
    for (const name of ['arXiv', 'PDF', 'Hugging Face', 'Code'])
      expect(screen.getByRole('link', { name })).toHaveAccessibleDescription('Opens in a new tab');
    expect(screen.getByText('12 upvotes')).toBeInTheDocument();
    expect(screen.getByText('1 GitHub star')).toBeInTheDocument();
  });

  it('says nothing of upvotes or stars that are unknown', () => {
    renderWithApp(<PaperCard paper={paper} href="/paper/skeletonmae" />);
    expect(screen.queryByText(/upvote/)).toBeNull();
    expect(screen.queryByText(/star/)).toBeNull();
  });
});
