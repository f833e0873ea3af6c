/** An SVG QR code shown as an image (never injected as markup), with download links. */
export function QrImage(props: {
  svg: string;
  png?: string;
  code: string;
  alt: string;
  labels: { svg: string; png: string };
}) {
  const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.svg)}`;
  return (
    <figure className="flex flex-col items-start gap-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
      <img src={svgUrl} alt={props.alt} width={160} height={160} className="rounded border" />
      <figcaption className="flex gap-3 text-sm">
        <a href={svgUrl} download={`${props.code}.svg`} className="text-brand-700 underline">
          {props.labels.svg}
        </a>
        {props.png && (
          <a href={props.png} download={`${props.code}.png`} className="text-brand-700 underline">
            {props.labels.png}
          </a>
        )}
      </figcaption>
    </figure>
  );
}
