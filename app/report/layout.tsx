import "./report.css";

/** The report pages share a print stylesheet: A4, one intervention kept together where it fits. */
export default function ReportLayout({ children }: { children: React.ReactNode }) {
  return children;
}
