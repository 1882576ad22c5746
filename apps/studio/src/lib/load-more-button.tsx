import { Button } from '@mantine/core';

/** "Load more" under a paged list while the server has another page. */
export function LoadMoreButton(props: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const { pages } = props;
  if (!pages.hasNextPage) return null;
  return (
    <Button
      variant="default"
      onClick={() => pages.fetchNextPage()}
      loading={pages.isFetchingNextPage}
      style={{ alignSelf: 'center' }}
    >
      Load more
    </Button>
  );
}
