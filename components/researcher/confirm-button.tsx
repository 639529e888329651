"use client";
/** A submit button that asks first (withdrawing cannot be undone); without JavaScript it submits at once. */
export function ConfirmButton({
  children,
  confirm,
  className,
  label,
}: {
  children: React.ReactNode;
  confirm: string;
  className?: string;
  label?: string;
}) {
  return (
    <button
      type="submit"
      aria-label={label}
      className={className}
      onClick={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
