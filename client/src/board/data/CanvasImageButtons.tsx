import { useTranslation } from 'react-i18next';
import { IMAGE_FORMATS, imageFileName } from './canvasImage';
import { fileBase } from './download';
import type { CanvasImage } from './useCanvasImage';

/** One button per image format; the file is named after the board and today's date. */
export function CanvasImageButtons({
  image,
  boardName,
  disabled,
  onResult,
  onSaved,
}: {
  image: CanvasImage;
  boardName: string;
  disabled: boolean;
  /** Called with an error message, or '' when the image was saved. */
  onResult: (error: string) => void;
  /** Says (politely) that the file is ready, with its name. */
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('board');
  const save = async (format: (typeof IMAGE_FORMATS)[number]) => {
    const date = new Date();
    const name = imageFileName(fileBase(boardName), t('canvas.imageName'), format, date);
    onResult('');
    if (await image.save(format, name, date)) onSaved(t('canvas.imageSaved', { name }));
    else onResult(t('canvas.imageFailed'));
  };
  return IMAGE_FORMATS.map((format) => (
    <button
      key={format}
      type="button"
      className="button-secondary"
      disabled={disabled || image.drawing !== null}
      onClick={() => save(format)}
    >
      {image.drawing === format ? t('canvas.imageDrawing') : t(`canvas.saveImage.${format}`)}
    </button>
  ));
}
