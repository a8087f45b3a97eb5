/** Previous / "51–100 of 2,000" / Next, for lists shown a page at a time. */
export function Pager({
  offset,
  shown,
  total,
  size,
  label,
  testId,
  onOffset,
}: {
  offset: number;
  shown: number;
  total: number;
  size: number;
  label: string;
  testId: string;
  onOffset: (offset: number) => void;
}) {
  if (total <= size) return null;
  return (
    <nav class="pager" aria-label={label}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - size))}
        data-testid={`${testId}-prev`}
      >
        Previous
      </button>
      <span data-testid={`${testId}-range`}>
        {(offset + 1).toLocaleString()}–{(offset + shown).toLocaleString()} of {total.toLocaleString()}
      </span>
      <button
        type="button"
        disabled={offset + size >= total}
        onClick={() => onOffset(offset + size)}
        data-testid={`${testId}-next`}
      >
        Next
      </button>
    </nav>
  );
}
