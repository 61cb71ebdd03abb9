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
}: {
  image: CanvasImage;
  boardName: string;
  disabled: boolean;
  /** Called with an error message, or '' when the image was saved. */
  onResult: (error: string) => void;
}) {
  const { t } = useTranslation('board');
  const save = async (format: (typeof IMAGE_FORMATS)[number]) => {
    const name = imageFileName(fileBase(boardName), t('canvas.imageName'), format, new Date());
    onResult((await image.save(format, name)) ? '' : t('canvas.imageFailed'));
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
